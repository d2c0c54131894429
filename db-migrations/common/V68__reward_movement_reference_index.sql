-- Rule awards are found by their reference (rule:<rule>v<version>/result:<result>/entry:<seq>):
-- whether a rule version already gave tokens for a result, and how often each rule fired.
create index reward_movement_reference_ix on reward_movement (reference);
