/** Personnel screens: the administrator's units, soldiers and accounts; rosters; a soldier's own profile; the start page "/" that sends each user to theirs. */
package org.meritledger.personnel.ui;
