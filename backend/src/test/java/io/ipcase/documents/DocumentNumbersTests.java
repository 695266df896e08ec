package io.ipcase.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentNumbersTests {

    @Test
    void aNumberCarriesTheOfficeTheKindTheYearAndTheSequence() {
        assertThat(DocumentNumbers.format("渝北知", "受", 2026, 7)).isEqualTo("渝北知受字〔2026〕7号");
        assertThat(DocumentNumbers.format("渝知", "不受", 2027, 112)).isEqualTo("渝知不受字〔2027〕112号");
    }

}
