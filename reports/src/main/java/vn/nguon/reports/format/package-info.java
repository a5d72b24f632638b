/**
 * Text rules of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục I):
 * the place-and-date line, the document number. Pure functions, used by the renderers.
 */
package vn.nguon.reports.format;
