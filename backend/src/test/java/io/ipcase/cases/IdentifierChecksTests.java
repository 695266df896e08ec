package io.ipcase.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierChecksTests {

    @Test
    void patentNumberCheckDigitIsTheWeightedSumModuloEleven() {
        assertThat(PatentNumbers.normalise("201710601862.3")).contains("ZL201710601862.3");
        assertThat(PatentNumbers.normalise("ZL 2017 1 0601862.3")).contains("ZL201710601862.3");
        assertThat(PatentNumbers.normalise("201710601862.4")).isEmpty();
    }

    @Test
    void eightDigitNumbersBefore2004UseXForTen() {
        assertThat(PatentNumbers.normalise("ZL95115608.X")).contains("ZL95115608.X");
        assertThat(PatentNumbers.normalise("ZL95115608.1")).isEmpty();
    }

    @Test
    void malformedPatentNumbersAreRefused() {
        assertThat(PatentNumbers.normalise("ZL2023101234.6")).isEmpty();
        assertThat(PatentNumbers.normalise("abc")).isEmpty();
        assertThat(PatentNumbers.normalise(null)).isEmpty();
    }

    @Test
    void kindDigitTellsInventionUtilityModelAndDesignApart() {
        assertThat(PatentNumbers.kindDigit("ZL202310123456.6")).isEqualTo('1');
        assertThat(PatentType.UTILITY_MODEL.matchesKindDigit(PatentNumbers.kindDigit("ZL202320123456.1"))).isTrue();
        assertThat(PatentType.DESIGN.matchesKindDigit(PatentNumbers.kindDigit("ZL202320123456.1"))).isFalse();
        assertThat(PatentType.INVENTION.matchesKindDigit(PatentNumbers.kindDigit("ZL95115608.X"))).isTrue();
    }

    @Test
    void residentIdNeedsAValidBirthDateAndCheckDigit() {
        assertThat(IdentityNumbers.isResidentId("500102198503121238")).isTrue();
        assertThat(IdentityNumbers.isResidentId("500102198503121230")).isFalse();
        assertThat(IdentityNumbers.isResidentId("500102198502301234")).isFalse();
        assertThat(IdentityNumbers.isResidentId("50010219850312123")).isFalse();
    }

    @Test
    void unifiedSocialCreditCodeNeedsItsCheckCharacter() {
        assertThat(IdentityNumbers.isUnifiedSocialCreditCode("91500000MA5U00000W")).isTrue();
        assertThat(IdentityNumbers.isUnifiedSocialCreditCode("91500000MA5U00000X")).isFalse();
        assertThat(IdentityNumbers.isUnifiedSocialCreditCode("91500000MA5U0000IW")).isFalse();
    }

}
