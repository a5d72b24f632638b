package vn.nguon.documents.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SignatureAuthorityTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "false | CHU_TICH     | TM. ỦY BAN NHÂN DÂN/CHỦ TỊCH",
            "false | PHO_CHU_TICH | TM. ỦY BAN NHÂN DÂN/KT. CHỦ TỊCH/PHÓ CHỦ TỊCH",
            "false |              | TM. ỦY BAN NHÂN DÂN/CHỦ TỊCH",
            "true  | BO_TRUONG    | BỘ TRƯỞNG",
            "true  | THU_TRUONG   | KT. BỘ TRƯỞNG/THỨ TRƯỞNG",
            "true  |              | BỘ TRƯỞNG"})
    void theBlockFollowsTheSignersOffice(boolean ministry, String position, String expected) {
        assertEquals(expected.replace('/', '\n'), SignatureAuthority.lines(ministry, position));
    }
}
