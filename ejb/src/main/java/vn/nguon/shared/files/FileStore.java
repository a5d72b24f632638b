package vn.nguon.shared.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * The store of images and PDF documents: {@link #add} what {@link FileCheck} passed, {@link #find} it by id.
 * No access rule here: the feature that refers to a file decides who may read it (an item's documents are
 * read by those who see the item; a board image by the devices, through a signed link).
 */
@ApplicationScoped
public class FileStore {

    @PersistenceContext(unitName = "nguon")
    EntityManager em;

    public StoredFile add(StoredFile file) {
        em.persist(file);
        em.flush();
        return file;
    }

    public Optional<StoredFile> find(long id) {
        return Optional.ofNullable(em.find(StoredFile.class, id));
    }

    /** What is known of the file without its bytes. */
    public Optional<FileInfo> info(long id) {
        return em.createQuery("select f from StoredFile f where f.id = :id", StoredFile.class).setParameter("id", id)
                .getResultStream().findFirst().map(FileInfo::of);
    }
}
