package vn.nguon.documents.domain;

/**
 * The signature block's authority lines under NĐ 30/2020 (Phụ lục I, mục 7), from the signer's
 * office: a People's Committee signs collectively ("TM. ỦY BAN NHÂN DÂN"), its chair directly,
 * a vice-chair on the chair's behalf ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"); a ministry is headed by
 * its minister, a deputy signs "KT. BỘ TRƯỞNG / THỨ TRƯỞNG".
 */
public final class SignatureAuthority {

    private SignatureAuthority() {
    }

    /**
     * @param ministry whether the signing unit is the ministry (else a People's Committee)
     * @param position the signer's office: {@code CHU_TICH}, {@code PHO_CHU_TICH}, {@code BO_TRUONG},
     *                 {@code THU_TRUONG}; null or unknown is taken as the head of the unit
     */
    public static String lines(boolean ministry, String position) {
        if (ministry) {
            return "THU_TRUONG".equals(position) || "PHO_CHU_TICH".equals(position)
                    ? "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG" : "BỘ TRƯỞNG";
        }
        return "PHO_CHU_TICH".equals(position) || "THU_TRUONG".equals(position)
                ? "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" : "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH";
    }
}
