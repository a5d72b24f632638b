package vn.nguon.broadcast.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * The emergency alert page ({@code broadcasts/alert.xhtml}): one screen, the caller's whole unit
 * targeted and effective now by default; a leader can approve and send in the same click.
 */
@Named
@ViewScoped
public class AlertEditView extends BroadcastPage {

    private static final long serialVersionUID = 1L;

    @Override
    BulletinForm blankForm(String unitCode) {
        return BulletinForm.alert(unitCode);
    }
}
