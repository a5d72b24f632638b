/**
 * The signed-in user in the web tier: resolved once per session by {@link
 * vn.nguon.identity.web.UnitCheckFilter}, shown by the layout, ended by {@link
 * vn.nguon.identity.web.LogoutServlet}.
 */
package vn.nguon.identity.web;
