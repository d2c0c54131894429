package org.meritledger.base.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a view with {@code @Menu}: its menu entry is shown only to accounts linked to a soldier (a
 * soldier's own pages: profile, training, service record). Roles decide the rest of the menu
 * through the view's {@code @RolesAllowed}; being linked to a soldier is not a role, so the shell
 * reads this instead. Hiding the entry is a convenience; the view and its service check again.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ForLinkedSoldier {}
