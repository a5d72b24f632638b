/** Cross-cutting parts of the web tier: layout, language switch, home page. */
package vn.nguon.web;
