package tr.destek.board;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.ReflectionUtils;

import tr.destek.platform.DestekTime;
import tr.destek.platform.NotFoundException;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11 point 1: a board decides a subject that no programme module knows — supplied
 * by a test implementation of {@link AgendaSubjects} — from the agenda to the registered
 * decision, and answers with events; and no board table references a programme's table.
 * The board's services are wired from the shared context with this port and an event
 * recorder in place of the context's (no new Spring context). Red before: there was no
 * port (the board read {@code KosgebApplication}), and the agenda item's and decision's
 * foreign keys to {@code kosgeb_application} refused any other subject.
 */
@IntegrationTest
@WithMockUser(username = "sekretarya@kosgeb.test", roles = "BOARD_SECRETARIAT")
class AgendaSubjectPortTests {

	static final String SOURCE = "TEST-PROGRAMME";

	@Autowired
	ApplicationContext context;

	@Autowired
	BoardMemberService members;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	final List<Object> published = new CopyOnWriteArrayList<>();

	TestSubjects port;

	MeetingService meetings;

	VotingService voting;

	DecisionService decisions;

	@BeforeEach
	void wire() {
		this.port = new TestSubjects(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50));
		AgendaSubjectPorts ports = new AgendaSubjectPorts(List.of(this.port));
		ApplicationEventPublisher events = this.published::add;
		this.meetings = meetings(ports, events);
		this.voting = wire(VotingService.class, ports, events);
		this.decisions = wire(DecisionService.class, ports, events);
		ReflectionTestUtils.setField(this.decisions, "voting", this.voting);
	}

	/**
	 * The meetings' door from the context, its agenda, sending and substitute services
	 * wired with this port and this recorder.
	 */
	private MeetingService meetings(AgendaSubjectPorts ports, ApplicationEventPublisher events) {
		AgendaSending sending = this.context.getAutowireCapableBeanFactory().createBean(AgendaSending.class);
		ReflectionTestUtils.setField(sending, "handover", wire(AgendaHandover.class, ports, events));
		ReflectionTestUtils.setField(sending, "conflicts", wire(ConflictDetection.class, ports, events));
		MeetingService meetings = this.context.getAutowireCapableBeanFactory().createBean(MeetingService.class);
		ReflectionTestUtils.setField(meetings, "agenda", wire(MeetingAgenda.class, ports, events));
		ReflectionTestUtils.setField(meetings, "sending", sending);
		ReflectionTestUtils.setField(meetings, "seating", wire(SubstituteSeating.class, ports, events));
		return meetings;
	}

	/** One of the board's services from the context, with this port and this recorder. */
	private <T> T wire(Class<T> type, AgendaSubjectPorts ports, ApplicationEventPublisher events) {
		T service = this.context.getAutowireCapableBeanFactory().createBean(type);
		ReflectionTestUtils.setField(service, "subjects", ports);
		Field publisher = ReflectionUtils.findField(type, "events");
		if (publisher != null) {
			ReflectionTestUtils.setField(service, "events", events);
		}
		return service;
	}

	@Test
	void aBoardDecidesASubjectOfAnyProgrammeAndAnswersWithEvents() {
		Board board = new BoardFixtures(this.context).board();
		List<Long> seats = board.activeSeats().stream().map(BoardSeat::getUserId).toList();
		Meeting scheduled = this.meetings.schedule(board.getId(), MeetingFormat.ELECTRONIC, null,
				"https://toplanti.kosgeb.test/port",
				LocalDate.now(DestekTime.ZONE).plusDays(15).atTime(LocalTime.of(11, 0)));
		SubjectRef ref = this.port.subject().ref();

		// MADDE 10(1), 12(1): on the agenda and sent; the programme is told, not called
		AgendaItem added = this.meetings.addSubject(scheduled.getId(), ref);
		assertThat(added.getSubjectRef()).isEqualTo(ref);
		assertThat(added.getSubject()).isEqualTo("Test konusu");
		this.meetings.sendAgenda(scheduled.getId());
		assertThat(this.published).containsExactly(new SubjectPutOnAgenda(ref, scheduled.getId(), board.getName()));
		seats.forEach(m -> this.members.sign(scheduled.getId(), m));

		// MADDE 10(3): the amounts are bounded by the port's requested amounts
		Map<String, Integer> scores = this.voting.criteria()
			.stream()
			.collect(Collectors.toMap(Criterion::getCode, c -> 4));
		assertThat(this.voting.check(scheduled.getId(), added.getId(), seats.get(0),
				new Ballot(VoteDecision.ACCEPT, "Uygun", scores,
						Map.of(1L, new BigDecimal("60000.01"), 2L, new BigDecimal("40000")))))
			.extracting(BallotProblem::field)
			.containsExactly("amounts[1]");
		List<Map<Long, BigDecimal>> amounts = List.of(Map.of(1L, new BigDecimal("60000"), 2L, new BigDecimal("40000")),
				Map.of(1L, new BigDecimal("50000"), 2L, new BigDecimal("20000")),
				Map.of(1L, new BigDecimal("40000"), 2L, BigDecimal.ZERO));
		for (int i = 0; i < seats.size(); i++) {
			this.voting.cast(scheduled.getId(), added.getId(), seats.get(i),
					new Ballot(VoteDecision.ACCEPT, "Üye " + (i + 1) + ": plan uygun", scores, amounts.get(i)));
		}
		Decision prepared = this.decisions.prepare(scheduled.getId(), added.getId());
		seats.forEach(m -> this.decisions.approve(prepared.getId(), m));
		Decision registered = this.decisions.register(prepared.getId());

		// the decision names its subject by source and id; the majority's amounts per
		// item
		assertThat(registered.getSubjectRef()).isEqualTo(ref);
		assertThat(registered.getSupportBase()).isEqualByComparingTo("70000");
		assertThat(this.jdbc.queryForObject("select subject_source from board_decision where id = ?", String.class,
				registered.getId()))
			.isEqualTo(SOURCE);
		BoardDecisionRegistered event = this.published.stream()
			.filter(BoardDecisionRegistered.class::isInstance)
			.map(BoardDecisionRegistered.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(event.subject()).isEqualTo(ref);
		assertThat(event.outcome()).isEqualTo(ItemOutcome.ACCEPTED);
		assertThat(event.registryNumber()).isEqualTo(registered.getRegistryNumber());
		assertThat(event.boardName()).isEqualTo(board.getName());
		assertThat(event.startsProgramme()).isTrue();
		assertThat(event.items()).extracting(BoardDecisionRegistered.DecidedAmount::itemId).containsExactly(1L, 2L);
		assertThat(event.items().get(0).accepted()).isEqualByComparingTo("50000");
		assertThat(event.items().get(1).accepted()).isEqualByComparingTo("20000");
		assertThat(event.items().get(1).requested()).isEqualByComparingTo("40000");
		assertThat(this.decisions.registeredFor(ref)).extracting(Decision::getId).containsExactly(registered.getId());
	}

	/**
	 * The agenda forms name the subject's programme; a source no programme brings is "not
	 * found", never a server error, and a bulk addition reports it for that line.
	 */
	@Test
	void aSourceNoProgrammeBringsIsNotFound() throws Exception {
		Board board = new BoardFixtures(this.context).board();
		Meeting meeting = this.context.getBean(MeetingService.class)
			.schedule(board.getId(), MeetingFormat.PHYSICAL, "Ankara", null,
					LocalDate.now(DestekTime.ZONE).plusDays(20).atTime(LocalTime.of(10, 0)));
		String page = "/board/secretariat/meetings/" + meeting.getId();
		this.mvc
			.perform(post(page + "/applications").with(csrf())
				.param("applicationId", "1")
				.param("source", "NO-SUCH-PROGRAMME"))
			.andExpect(status().isNotFound());
		MvcResult bulk = this.mvc
			.perform(post(page + "/applications/bulk").with(csrf())
				.param("applicationIds", "1")
				.param("source", "NO-SUCH-PROGRAMME"))
			.andExpect(redirectedUrl(page))
			.andReturn();
		assertThat(bulk.getFlashMap().get("agendaResults").toString()).contains("done=false");
		assertThat(this.jdbc.queryForObject("select count(*) from board_agenda_item where meeting_id = ?",
				Integer.class, meeting.getId()))
			.isZero();
	}

	@Test
	void noBoardTableReferencesAProgrammeTable() {
		// the appeal commission's table (V26) goes with the appeal module
		List<String> keys = this.jdbc.queryForList("""
				select rel.relname || '.' || con.conname
				from pg_constraint con
				join pg_class rel on rel.oid = con.conrelid
				join pg_class ref on ref.oid = con.confrelid
				where con.contype = 'f' and rel.relname like 'board\\_%' and rel.relname <> 'board_appeal_decision'
				  and (ref.relname like 'kosgeb\\_%' or ref.relname like 'hiser\\_%' or ref.relname like 'sayem\\_%')
				""", String.class);
		assertThat(keys).isEmpty();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from board_agenda_item where application_id is not null and subject_source is null",
				Integer.class))
			.isZero();
	}

	/** A programme the board has never heard of, with one subject ready for a board. */
	static final class TestSubjects implements AgendaSubjects {

		private final AgendaSubject subject;

		TestSubjects(long id) {
			this.subject = new AgendaSubject(new SubjectRef(SOURCE, id), "TP-" + id, "Test konusu", null,
					"Test İşletmesi",
					List.of(new DecidableItem(1L, 1, null, "Yazılım", 1, new BigDecimal("60000"),
							new BigDecimal("60000"), null, "Tedarikçi", "1234567890"),
							new DecidableItem(2L, 2, null, "Donanım", 2, new BigDecimal("20000"),
									new BigDecimal("40000"), null, "Tedarikçi", "1234567890")),
					new BigDecimal("1000"), new BigDecimal("100000"), true, true, List.of(),
					new SubjectFile(null, null, null, null, null, List.of(), null, null, null));
		}

		AgendaSubject subject() {
			return this.subject;
		}

		@Override
		public String source() {
			return SOURCE;
		}

		@Override
		public List<SubjectLabel> candidates() {
			return List.of(label());
		}

		@Override
		public AgendaSubject find(long id) {
			if (id != this.subject.ref().id()) {
				throw new NotFoundException();
			}
			return this.subject;
		}

		@Override
		public Map<Long, SubjectLabel> labels(Collection<Long> ids) {
			return ids.contains(this.subject.ref().id()) ? Map.of(this.subject.ref().id(), label()) : Map.of();
		}

		@Override
		public Optional<Long> subjectOf(Long enterpriseId) {
			return Optional.empty();
		}

		private SubjectLabel label() {
			return new SubjectLabel(this.subject.ref(), this.subject.reference(), "Test İşletmesi", "Ankara",
					this.subject.requestedAmount(), "board.outcome.ACCEPTED");
		}

	}

}
