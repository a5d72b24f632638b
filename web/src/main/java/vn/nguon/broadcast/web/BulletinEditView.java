package vn.nguon.broadcast.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * The bulletin page ({@code broadcasts/bulletin.xhtml}, {@code ?id=} to open one): write a
 * bulletin for the caller's unit, send it for approval, approve or reject it, follow its playing.
 */
@Named
@ViewScoped
public class BulletinEditView extends BroadcastPage {

    private static final long serialVersionUID = 1L;

    @Override
    BulletinForm blankForm(String unitCode) {
        return BulletinForm.bulletin(unitCode);
    }
}
