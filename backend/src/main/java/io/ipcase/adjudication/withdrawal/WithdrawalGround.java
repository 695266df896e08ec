package io.ipcase.adjudication.withdrawal;

/**
 * Why a case is withdrawn (撤销案件, Order 81 art. 36, and art. 9, 19, 26 ¶2, 36 ¶2, which
 * lead to it): the model carries it as {@code withdrawalGround} from the step that calls
 * for the withdrawal to the withdrawal decision that names it.
 */
public enum WithdrawalGround {

    REQUESTER_WITHDRAWS, INADMISSIBLE, REQUESTER_GONE, RESPONDENT_GONE, TIME_BARRED, CLAIMS_UNCLEAR, REQUESTER_ABSENT,
    TRANSFERRED, OTHER

}
