package vn.nguon.users.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.nguon.kernel.AccessRefusedException;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;
import vn.nguon.users.application.AccountFiles;
import vn.nguon.users.application.DirectoryUnavailableException;
import vn.nguon.users.application.ImportRuns;
import vn.nguon.users.application.UserAdministration;
import vn.nguon.web.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The import form of *Quản lý người dùng* ({@code users/index.xhtml}, form {@code import}): a CSV or XLSX file
 * checked at once, its accounts then made in the background while the page polls the progress, and their
 * temporary passwords shown once at the end. The rest of the page is {@link UsersView}'s.
 */
@Named("usersImport")
@ViewScoped
public class UsersImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountFiles files;

    @Inject
    vn.nguon.shared.UploadLimits limits;

    @Inject
    UsersView usersView;

    private transient jakarta.servlet.http.Part file;
    private List<UserAdministration.Created> imported = List.of();
    private final List<String> importProblems = new ArrayList<>();
    private String importRun;
    private ImportRuns.Progress importProgress;

    /**
     * Checks the chosen CSV or XLSX file and starts creating its accounts, all or none; the page follows the
     * progress ({@link #followImport}) and shows the temporary passwords once at the end.
     */
    public void importFile() {
        importProblems.clear();
        imported = List.of();
        usersView.forgetShownPassword();
        importRun = null;
        importProgress = null;
        if (file == null || file.getSize() == 0) {
            Messages.error("users.import.noFile");
            return;
        }
        if (file.getSize() > limits.maxBytes()) {
            Messages.error("users.import.problem", Messages.text("violation.fileTooBig", limits.maxMb()));
            return;
        }
        try (java.io.InputStream in = file.getInputStream()) {
            importRun = files.startImport(in.readAllBytes());
            followImport();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (ValidationFailedException e) {
            showImportProblems(e.violations());
        } catch (DirectoryUnavailableException e) {
            Messages.error("users.unavailable");
        } catch (AccessRefusedException | EJBAccessException e) {
            Messages.error("users.refused");
        }
    }

    private void showImportProblems(List<Violation> violations) {
        for (Violation v : violations) {
            String[] at = v.field().split(":", 2);
            String where = at.length == 2 ? Messages.text("users.import.at", at[0], at[1]) : Messages.text("users.import.file");
            importProblems.add(where + " — " + Messages.text("violation." + v.code(), v.args().toArray()));
        }
        Messages.error("users.import.refused", violations.size());
    }

    /** Polled while an import runs: its progress, and at the end its accounts (shown once) or why none were made. */
    public void followImport() {
        if (importRun == null) {
            return;
        }
        importProgress = files.importProgress(importRun).orElse(null);
        if (importProgress == null || !importProgress.finished()) {
            return;
        }
        files.forgetImport(importRun);
        importRun = null;
        if (importProgress.failure() == null) {
            imported = importProgress.created();
            Messages.info("users.import.done", imported.size());
        } else if ("invalid".equals(importProgress.failure())) {
            showImportProblems(importProgress.problems());
        } else {
            Messages.error("directory".equals(importProgress.failure()) ? "users.import.unavailable" : "users.import.failed");
        }
    }

    public boolean isImportRunning() { return importRun != null; }

    public int getImportPercent() { return importProgress == null ? 0 : importProgress.percent(); }

    public String getImportCount() { return importProgress == null ? "" : importProgress.done() + " / " + importProgress.total(); }

    public ImportRuns.Progress getImportProgress() { return importProgress; }

    public jakarta.servlet.http.Part getFile() { return file; }
    public void setFile(jakarta.servlet.http.Part f) { file = f; }
    public List<UserAdministration.Created> getImported() { return imported; }
    public List<String> getImportProblems() { return importProblems; }
}
