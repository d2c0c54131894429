/**
 * A soldier's notifications: awards, deductions, reversals and appeal decisions as they happen,
 * unread until opened (the header badge counts them). Fed by CDI events ({@link
 * org.meritledger.rewards.notification.MovementNotices}, {@link
 * org.meritledger.rewards.notification.AppealNotices}); another feature adds an observer of its
 * own event that calls {@link org.meritledger.rewards.notification.NotificationService#tell}.
 * Notifications are derived from ledgered facts and are not ledgered themselves.
 */
package org.meritledger.rewards.notification;
