/**
 * The UI shell only: {@code MainLayout} (the {@code @Layout} of every route, with a menu built
 * from the {@code @Menu} entries that feature views declare, filtered by Vaadin's access checks
 * and {@link org.meritledger.base.ui.ForLinkedSoldier}; it imports no feature view), the app
 * shell, navigation access control, the access-denied view, the i18n provider, the locale choice
 * and small components several features use ({@code GridPages}, {@code Problems},
 * {@code Formats}). Feature views live in their feature's {@code ui} and do not import the shell.
 */
package org.meritledger.base.ui;
