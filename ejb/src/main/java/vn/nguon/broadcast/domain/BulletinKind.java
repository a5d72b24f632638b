package vn.nguon.broadcast.domain;

/** A bulletin (bản tin) or an emergency alert (cảnh báo khẩn cấp, also exported as CAP 1.2). */
public enum BulletinKind { BULLETIN, ALERT }
