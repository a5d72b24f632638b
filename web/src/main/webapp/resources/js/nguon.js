/* Nguồn's own scripts for PrimeFaces widgets (no inline scripts on the pages). */

/** Calendar extender: "today" is Vietnam's, read from the page's #calendar-now (Vietnam wall clock, shown as UTC). */
function nguonVietnamNow() {
    var now = document.getElementById('calendar-now');
    if (now && now.dataset.now) {
        this.cfg.options.now = now.dataset.now;
    }
}

/** After a step: show its result or its error where the user is looking (the messages at the top of the form). */
function nguonShowMessages(id) {
    var messages = document.getElementById(id);
    if (messages && messages.children.length > 0) {
        messages.scrollIntoView({behavior: 'smooth', block: 'center'});
    }
}

/**
 * Two corrections to what PrimeFaces draws, applied whenever it draws (a MutationObserver: widgets are
 * built and rebuilt at load, on AJAX updates and when panels open):
 * - a date picker's calendar button is a convenience for the mouse: the field takes a typed date
 *   (dd/MM/yyyy), so the button is left out of the keyboard order and out of what screen readers announce;
 * - PrimeFaces 15's Vietnamese locale names a paginator page "Trang {trang}" (its placeholder is {page}),
 *   so screen readers would hear a brace instead of the number.
 */
function nguonAccessibility(root) {
    root.querySelectorAll('.ui-datepicker-trigger:not([aria-hidden])').forEach(function (b) {
        b.setAttribute('aria-hidden', 'true');
        b.setAttribute('tabindex', '-1');
    });
    // its placeholder text ("ui-button", moved off screen) is not its name
    root.querySelectorAll('.ui-datepicker-trigger .ui-button-text').forEach(function (t) {
        if (t.textContent !== '') {
            t.textContent = '';
        }
    });
    root.querySelectorAll('.ui-paginator-page[aria-label*="{"]').forEach(function (a) {
        a.setAttribute('aria-label', a.getAttribute('aria-label').replace(/\{[^}]*\}/, a.textContent.trim()));
    });
    if (window.PrimeFaces && PrimeFaces.locales && PrimeFaces.locales.vi && PrimeFaces.locales.vi.aria) {
        PrimeFaces.locales.vi.aria.pageLabel = 'Trang {page}';
    }
}
new MutationObserver(function () {
    nguonAccessibility(document);
}).observe(document, {childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label']});
document.addEventListener('DOMContentLoaded', function () { nguonAccessibility(document); });

/**
 * A file larger than the upload limit is refused as soon as it is chosen, with the server's own message
 * (data-too-big, naming the limit), instead of after minutes of sending it; the server checks it again.
 */
document.addEventListener('change', function (e) {
    var input = e.target;
    if (!input.matches || !input.matches('input[type=file][data-max-bytes]')) {
        return;
    }
    var note = document.getElementById(input.id + '-limit');
    var tooBig = Array.prototype.some.call(input.files || [], function (f) {
        return f.size > Number(input.getAttribute('data-max-bytes'));
    });
    if (note) {
        note.textContent = tooBig ? input.getAttribute('data-too-big') : '';
    }
    if (tooBig) {
        input.value = '';
    }
});
