package org.johnschool.scheduling.domain;

import java.util.Optional;
import org.johnschool.identity.application.StaffScope;

/**
 * What a case still owes, for the enrollment notice. Scheduling asks; the fees part answers (it implements
 * this), so scheduling does not depend on how fees are kept. Empty when nothing is owed.
 */
public interface FeeDue {

  Optional<String> amountDue(StaffScope scope, long referralId);
}
