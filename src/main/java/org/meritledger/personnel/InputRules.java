package org.meritledger.personnel;

import org.meritledger.base.TextRule;

/**
 * The text rules of personnel records, one constant per rule: the services check drafts with
 * them and the editors size their fields by them. Service numbers and user names are compared
 * after normalising case, so their patterns accept either case.
 */
public final class InputRules {

    public static final TextRule SERVICE_NUMBER =
            TextRule.upTo(20, "[A-Za-z0-9][A-Za-z0-9-]{2,19}", "validation.soldier.serviceNumber.format");
    public static final TextRule PERSON_NAME = TextRule.upTo(80);
    public static final TextRule UNIT_CODE =
            TextRule.upTo(32, "[A-Za-z0-9][A-Za-z0-9._-]*", "validation.unit.code.format");
    public static final TextRule UNIT_NAME = TextRule.upTo(120);
    public static final TextRule USERNAME =
            TextRule.upTo(64, "[A-Za-z0-9][A-Za-z0-9._-]{2,63}", "validation.account.username.format");
    public static final TextRule DISPLAY_NAME = TextRule.upTo(120);

    private InputRules() {}
}
