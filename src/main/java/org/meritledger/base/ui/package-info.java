/**
 * The shared UI shell: main layout, navigation access control, error views, i18n provider and
 * small components used by several features. Feature views live in their feature's {@code ui}.
 */
package org.meritledger.base.ui;
