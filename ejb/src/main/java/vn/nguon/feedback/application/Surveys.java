package vn.nguon.feedback.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.nguon.audit.application.AuditLog;
import vn.nguon.feedback.domain.Survey;
import vn.nguon.feedback.domain.SurveyQuestion;
import vn.nguon.feedback.domain.SurveyResponse;
import vn.nguon.feedback.infrastructure.SurveyStore;
import vn.nguon.identity.application.Caller;
import vn.nguon.identity.application.CallerService;
import vn.nguon.kernel.AccessRefusedException;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.OrgUnitRepository;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Surveys (khảo sát ý kiến): a unit's officers and leaders write one, publish it for a period and close it; citizens
 * answer on the portal (one answer per browser, a few per address and hour); the unit and the units above it see
 * the results (counts per option, the scale's spread and mean, the texts).
 */
@Stateless
@PermitAll
public class Surveys {

    public static final int PER_CLIENT_PER_HOUR = 20;

    public record QuestionView(String kind, String text, List<String> options, Integer scaleMax) implements Serializable {
    }

    public record SurveyView(long id, String ownerUnit, String ownerName, String title, String intro, LocalDate opensOn, LocalDate closesOn,
                             String status, List<QuestionView> questions, boolean mine, long responses) implements Serializable {
    }

    /** What the results show of a question: counts per option (or per scale value), the mean of a scale, texts. */
    public record QuestionResult(String kind, String text, List<String> labels, List<Long> counts, Double mean, List<String> texts)
            implements Serializable {
    }

    public record Results(SurveyView survey, List<QuestionResult> questions) implements Serializable {
    }

    /** Already answered from this browser. */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static final class AlreadyAnswered extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public AlreadyAnswered() {
            super("already answered");
        }
    }

    @Inject
    CallerService callers;

    @Inject
    SurveyStore store;

    @Inject
    OrgUnitRepository units;

    @Inject
    AuditLog audit;

    @Inject
    ClientKeys keys;

    Clock clock = Clock.systemUTC();

    /** The surveys of the caller's unit and of the units directly below it, newest first. */
    public List<SurveyView> list() {
        Caller c = handler();
        List<String> owners = new ArrayList<>(List.of(c.unit().code()));
        units.children(c.unit().code()).forEach(u -> owners.add(u.code()));
        return store.of(owners, 200).stream().map(s -> view(s, c)).toList();
    }

    public SurveyView create(String title, String intro, LocalDate opensOn, LocalDate closesOn, List<SurveyQuestion> questions) {
        Caller c = handler();
        check(title, intro, opensOn, closesOn, questions);
        Survey s = new Survey(c.unit().code(), title.strip(), blank(intro), opensOn, closesOn, questions, c.username(), now());
        store.add(s);
        audit.record(c, "survey", String.valueOf(s.id()), "create", null, s.status().name(), s.title(), now());
        return view(s, c);
    }

    public SurveyView update(long id, String title, String intro, LocalDate opensOn, LocalDate closesOn, List<SurveyQuestion> questions) {
        Caller c = handler();
        Survey s = own(c, store.lock(id));
        check(title, intro, opensOn, closesOn, questions);
        s.edit(title.strip(), blank(intro), opensOn, closesOn, questions);
        audit.record(c, "survey", String.valueOf(id), "update", s.status().name(), s.status().name(), s.title(), now());
        return view(s, c);
    }

    public SurveyView publish(long id) {
        Caller c = handler();
        Survey s = own(c, store.lock(id));
        s.publish();
        audit.record(c, "survey", String.valueOf(id), "publish", "DRAFT", s.status().name(), s.title(), now());
        return view(s, c);
    }

    public SurveyView close(long id) {
        Caller c = handler();
        Survey s = own(c, store.lock(id));
        s.close();
        audit.record(c, "survey", String.valueOf(id), "close", "PUBLISHED", s.status().name(), s.title(), now());
        return view(s, c);
    }

    /** The results, for the survey's unit and the units above it. */
    public Results results(long id) {
        Caller c = handler();
        Survey s = store.find(id).orElseThrow(() -> new AccessRefusedException("no survey " + id));
        OrgUnit me = unit(c.unit().code());
        OrgUnit owner = unit(s.ownerUnit());
        if (!me.code().equals(owner.code()) && !me.oversees(owner)) {
            throw new AccessRefusedException(c.username() + " may not see the results of survey " + id);
        }
        List<SurveyResponse> responses = store.responses(id);
        List<QuestionResult> out = new ArrayList<>();
        List<SurveyQuestion> qs = s.questions();
        for (int i = 0; i < qs.size(); i++) {
            SurveyQuestion q = qs.get(i);
            int at = i;
            List<SurveyResponse.Answer> answers = responses.stream().flatMap(r -> r.answers().stream()).filter(a -> a.question() == at).toList();
            switch (q.kind()) {
                case SINGLE, MULTIPLE -> {
                    long[] n = new long[q.options().size()];
                    answers.forEach(a -> a.choices().forEach(x -> {
                        if (x >= 0 && x < n.length) {
                            n[x]++;
                        }
                    }));
                    out.add(new QuestionResult(q.kind().name(), q.text(), q.options(), java.util.Arrays.stream(n).boxed().toList(), null, List.of()));
                }
                case SCALE -> {
                    long[] n = new long[q.scaleMax()];
                    answers.stream().map(SurveyResponse.Answer::scale).filter(x -> x != null && x >= 1 && x <= n.length).forEach(x -> n[x - 1]++);
                    List<String> labels = java.util.stream.IntStream.rangeClosed(1, q.scaleMax()).mapToObj(String::valueOf).toList();
                    Double mean = answers.stream().map(SurveyResponse.Answer::scale).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue)
                            .average().stream().boxed().findFirst().orElse(null);
                    out.add(new QuestionResult(q.kind().name(), q.text(), labels, java.util.Arrays.stream(n).boxed().toList(), mean, List.of()));
                }
                case TEXT -> out.add(new QuestionResult(q.kind().name(), q.text(), List.of(), List.of(), null,
                        answers.stream().map(SurveyResponse.Answer::text).filter(java.util.Objects::nonNull).toList()));
            }
        }
        return new Results(view(s, c), out);
    }

    // ---- the public side

    /** The surveys open today for a unit's people: its own and those of the units above it. */
    public List<SurveyView> openFor(String unitCode) {
        Optional<OrgUnit> u = unitCode == null ? Optional.empty() : units.find(unitCode.strip());
        if (u.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        return store.of(u.get().chain().stream().map(OrgUnit::code).toList(), 50).stream().filter(s -> s.open(today))
                .map(s -> view(s, null)).toList();
    }

    /**
     * A browser's answers ({@code q0}, {@code q1} …: an option's index, several for a multiple choice, a scale value,
     * a text). One answer per browser ({@code token}, kept hashed), {@value #PER_CLIENT_PER_HOUR} per address and
     * hour; at least one question answered; every value checked against its question.
     */
    public void answer(long surveyId, Map<String, String[]> form, String token, String clientKey) {
        Survey s = store.find(surveyId).filter(x -> x.open(today()))
                .orElseThrow(() -> new ValidationFailedException(List.of(Violation.of("survey", "survey.closed"))));
        if (token == null || token.length() < 16 || token.length() > 100) {
            throw new ValidationFailedException(List.of(Violation.of("token", Violation.REQUIRED)));
        }
        String tokenHash = keys.hash(token);
        if (store.answered(surveyId, tokenHash)) {
            throw new AlreadyAnswered();
        }
        String client = clientKey == null ? null : keys.hash(clientKey);
        if (client != null && store.fromClient(surveyId, client, now().minus(Duration.ofHours(1))) >= PER_CLIENT_PER_HOUR) {
            throw new FeedbackIntake.TooMany(3600);
        }
        List<SurveyResponse.Answer> answers = new ArrayList<>();
        List<Violation> v = new ArrayList<>();
        List<SurveyQuestion> qs = s.questions();
        for (int i = 0; i < qs.size(); i++) {
            String[] values = form.get("q" + i);
            if (values == null || values.length == 0 || values[0] == null || values[0].isBlank()) {
                continue;
            }
            SurveyQuestion q = qs.get(i);
            try {
                switch (q.kind()) {
                    case SINGLE -> answers.add(new SurveyResponse.Answer(i, List.of(index(values[0], q.options().size())), null, null));
                    case MULTIPLE -> {
                        List<Integer> chosen = new ArrayList<>();
                        for (String x : values) {
                            int n = index(x, q.options().size());
                            if (!chosen.contains(n)) {
                                chosen.add(n);
                            }
                        }
                        answers.add(new SurveyResponse.Answer(i, chosen, null, null));
                    }
                    case SCALE -> {
                        int n = Integer.parseInt(values[0].strip());
                        if (n < 1 || n > q.scaleMax()) {
                            throw new NumberFormatException();
                        }
                        answers.add(new SurveyResponse.Answer(i, List.of(), n, null));
                    }
                    case TEXT -> {
                        String t = values[0].strip();
                        if (t.length() > 2000) {
                            v.add(Violation.of("q" + i, Violation.TOO_LONG, 2000));
                        } else {
                            answers.add(new SurveyResponse.Answer(i, List.of(), null, t));
                        }
                    }
                }
            } catch (NumberFormatException e) {
                v.add(Violation.of("q" + i, "notAllowed", values[0]));
            }
        }
        if (answers.isEmpty() && v.isEmpty()) {
            v.add(Violation.of("q0", "survey.empty"));
        }
        if (!v.isEmpty()) {
            throw new ValidationFailedException(v);
        }
        store.add(new SurveyResponse(surveyId, tokenHash, client, answers, now()));
    }

    private static int index(String text, int size) {
        int n = Integer.parseInt(text.strip());
        if (n < 0 || n >= size) {
            throw new NumberFormatException();
        }
        return n;
    }

    // ---- rules

    private void check(String title, String intro, LocalDate opensOn, LocalDate closesOn, List<SurveyQuestion> questions) {
        List<Violation> v = new ArrayList<>(Survey.problems(title, opensOn, closesOn, questions));
        if (intro != null && intro.length() > 2000) {
            v.add(Violation.of("intro", Violation.TOO_LONG, 2000));
        }
        if (!v.isEmpty()) {
            throw new ValidationFailedException(v);
        }
    }

    private Caller handler() {
        Caller c = callers.current();
        if (!FeedbackAccess.handler(c)) {
            throw new AccessRefusedException(c.username() + " does not run surveys");
        }
        return c;
    }

    private Survey own(Caller c, Optional<Survey> s) {
        return s.filter(x -> x.ownerUnit().equals(c.unit().code()))
                .orElseThrow(() -> new AccessRefusedException(c.username() + " may not change this survey"));
    }

    private SurveyView view(Survey s, Caller c) {
        return new SurveyView(s.id(), s.ownerUnit(), unit(s.ownerUnit()).fullName(), s.title(), s.intro(), s.opensOn(), s.closesOn(),
                s.status().name(), s.questions().stream().map(q -> new QuestionView(q.kind().name(), q.text(), q.options(), q.scaleMax())).toList(),
                c != null && c.unit().code().equals(s.ownerUnit()), c == null ? 0 : store.responses(s.id()).size());
    }

    private OrgUnit unit(String code) {
        return units.find(code).orElseThrow(() -> new AccessRefusedException("no unit " + code));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private LocalDate today() {
        return now().atZone(vn.nguon.feedback.domain.WorkingCalendar.VIETNAM).toLocalDate();
    }

    private Instant now() {
        return clock.instant();
    }
}
