/** Official documents on the web: the public verification page. Downloads go through the reporting API. */
package vn.nguon.documents.web;
