/** Personnel screens: the administrator's units, soldiers and accounts; rosters; a soldier's own profile. */
package org.meritledger.personnel.ui;
