package io.ipcase.mediation;

/**
 * What a patent dispute brought to mediation is about (Order 81 art. 63; Implementing
 * Rules art. 102).
 */
public enum MediationSubject {

    /** the whole infringement dispute, inside an adjudication case */
    INFRINGEMENT,
    /** the amount of damages alone (Patent Law art. 65; Order 81 art. 64 ¶3) */
    DAMAGES, OWNERSHIP, INVENTOR_STATUS, EMPLOYEE_REWARD, PROVISIONAL_USE_FEE, OTHER

}
