package io.ipcase.cases;

/**
 * The three kinds of Chinese patent, with the kind digit of their CNIPA application
 * numbers.
 */
public enum PatentType {

    INVENTION('1', '8'), UTILITY_MODEL('2', '9'), DESIGN('3', '3');

    private final char kindDigit;

    private final char pctKindDigit;

    PatentType(char kindDigit, char pctKindDigit) {
        this.kindDigit = kindDigit;
        this.pctKindDigit = pctKindDigit;
    }

    /**
     * 1 invention, 2 utility model, 3 design; 8 and 9 for inventions and utility models
     * via PCT.
     */
    public boolean matchesKindDigit(char digit) {
        return digit == kindDigit || digit == pctKindDigit;
    }

}
