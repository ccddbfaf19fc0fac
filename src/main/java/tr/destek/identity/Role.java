package tr.destek.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The people of the spec's role table (spec README "People"). The authority name is
 * {@code ROLE_} + the enum name; display names live in the message files under
 * {@code role.<NAME>}.
 */
public enum Role {

	/** başvuru sahibi / işletme yetkilisi */
	APPLICANT,
	/** sorumlu personel (KOBİ uzmanı) */
	RESPONSIBLE_STAFF,
	/** uygulama birimi müdürü */
	UNIT_MANAGER,
	/** kurul sekretaryası */
	BOARD_SECRETARIAT,
	/** kurul üyesi */
	BOARD_MEMBER,
	/** itiraz komisyonu üyesi */
	APPEAL_COMMISSION_MEMBER,
	/** protokol bankası yetkilisi */
	BANK_OFFICER,
	/** Genel Müdürlük uzmanı (HİSER) */
	HISER_EXPERT,
	/** Hizmet İhracatçıları Birliği yetkilisi */
	HIB_OFFICER,
	/** TÜBİTAK uzmanı */
	SAYEM_EXPERT,
	/** hakem */
	REFEREE,
	/** sistem yöneticisi */
	ADMIN;

	/**
	 * Staff roles that may ask for an enterprise's profile; which enterprise each may
	 * read is decided per file by the enterprise module (issue #9 point 5: a file of
	 * theirs must need it, otherwise 404).
	 */
	public static final Set<Role> STAFF_READING_ENTERPRISES = EnumSet.of(RESPONSIBLE_STAFF, UNIT_MANAGER,
			BOARD_SECRETARIAT, BOARD_MEMBER, APPEAL_COMMISSION_MEMBER, BANK_OFFICER, HISER_EXPERT, SAYEM_EXPERT, ADMIN);

	/** Roles that work in a province unit (il müdürlüğü): they need a province. */
	public static final Set<Role> PROVINCE_UNIT_ROLES = EnumSet.of(RESPONSIBLE_STAFF, UNIT_MANAGER);

	/** Roles an admin may give to a staff user (applicants sign up themselves). */
	public static final Set<Role> STAFF_ROLES = EnumSet.complementOf(EnumSet.of(APPLICANT));

	public String authority() {
		return "ROLE_" + name();
	}

	public String messageKey() {
		return "role." + name();
	}

}
