package org.anju.gateway.webhook;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.anju.common.concurrency.Versions;
import org.anju.common.paging.Cursor;
import org.anju.common.paging.Page;
import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;

import io.quarkus.logging.Log;

/** A county admin's webhook subscriptions; every query and change is confined to the admin's own county. */
@ApplicationScoped
public class WebhookService {

    /** Most delivery ids one replay request may name. */
    static final int MAX_REPLAY_IDS = 500;

    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final WebhookSecrets secrets;
    private final boolean allowPrivateAddresses;

    public WebhookService(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries, WebhookConfig config) {
        this.allowPrivateAddresses = config.allowPrivateAddresses();
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.secrets = WebhookSecrets.of(config);
    }

    /** Creates a subscription; the view carries the secret only when Anju generated it. */
    @Transactional
    public WebhookView create(String county, WebhookRequests.Create request, String by) {
        List<FieldViolation> errors = urlRules(request.url());
        errors.addAll(SubscriptionRules.secret(request.secret()));
        errors.addAll(SubscriptionRules.eventTypes(request.eventTypes()));
        errors.addAll(SubscriptionRules.description(request.description()));
        refuse(errors);
        String secret = request.secret() == null ? secrets.generate() : request.secret();
        UUID id = UUID.randomUUID();
        WebhookSubscription s = new WebhookSubscription(id, county, request.url().trim(), secrets.encrypt(id, secret),
                request.eventTypes(), blankToNull(request.description()), by, now());
        subscriptions.persistAndFlush(s);
        Log.infof("Webhook subscription %s (%s) created by %s", id, s.url(), by);
        return WebhookView.of(s, request.secret() == null ? secret : null);
    }

    /** The URL's form, then (unless allowed here) that it does not name a non-public address literally. */
    private List<FieldViolation> urlRules(String url) {
        List<FieldViolation> errors = new ArrayList<>(SubscriptionRules.url(url));
        if (errors.isEmpty() && !allowPrivateAddresses) {
            OutboundAddresses.literal(url).ifPresent(errors::add);
        }
        return errors;
    }

    public WebhookView get(String county, UUID id) {
        return WebhookView.of(find(county, id));
    }

    public Page<WebhookView> list(String county, String cursor, Integer limit) {
        int size = Cursor.limit(limit);
        var after = Cursor.decode(cursor, 2);
        OffsetDateTime afterCreated = null;
        UUID afterId = null;
        if (!after.isEmpty()) {
            try {
                afterCreated = OffsetDateTime.parse(after.get(0).asText());
                afterId = UUID.fromString(after.get(1).asText());
            } catch (RuntimeException e) {
                throw ProblemException.invalid(new FieldViolation("cursor", "cursor-format",
                        "cursor is not one this list handed out", "分页游标无效"));
            }
        }
        List<WebhookSubscription> rows = subscriptions.page(county, afterCreated, afterId, size + 1);
        List<WebhookView> items = rows.stream().limit(size).map(WebhookView::of).toList();
        String next = null;
        if (rows.size() > size) {
            WebhookSubscription last = rows.get(size - 1);
            next = Cursor.encode(last.createdAt().toString(), last.id().toString());
        }
        return new Page<>(items, next);
    }

    @Transactional
    public WebhookView update(String county, UUID id, String ifMatch, WebhookRequests.Update request, String by) {
        WebhookSubscription s = find(county, id);
        Versions.requireMatch(ifMatch, s.version());
        List<FieldViolation> errors = urlRules(request.url());
        errors.addAll(SubscriptionRules.secret(request.secret()));
        errors.addAll(SubscriptionRules.eventTypes(request.eventTypes()));
        errors.addAll(SubscriptionRules.description(request.description()));
        refuse(errors);
        s.update(request.url().trim(), request.eventTypes(), blankToNull(request.description()),
                request.secret() == null ? null : secrets.encrypt(id, request.secret()), now());
        subscriptions.flush();
        Log.infof("Webhook subscription %s updated by %s%s", id, by, request.secret() == null ? "" : " (new secret)");
        return WebhookView.of(s);
    }

    @Transactional
    public void delete(String county, UUID id, String ifMatch, String by) {
        WebhookSubscription s = find(county, id);
        Versions.requireMatch(ifMatch, s.version());
        subscriptions.delete(s);
        Log.infof("Webhook subscription %s deleted by %s", id, by);
    }

    @Transactional
    public WebhookView pause(String county, UUID id, String ifMatch, String by) {
        WebhookSubscription s = find(county, id);
        Versions.requireMatch(ifMatch, s.version());
        s.pause("由 " + by + " 暂停 Paused by " + by, now());
        subscriptions.flush();
        return WebhookView.of(s);
    }

    /** Resumes a paused subscription; its waiting deliveries are due at once, in order. */
    @Transactional
    public WebhookView resume(String county, UUID id, String ifMatch, String by) {
        WebhookSubscription s = find(county, id);
        Versions.requireMatch(ifMatch, s.version());
        s.resume(now());
        subscriptions.flush();
        deliveries.dueNow(id);
        Log.infof("Webhook subscription %s resumed by %s", id, by);
        return WebhookView.of(s);
    }

    public Page<DeliveryView> deliveries(String county, UUID id, String status, String cursor, Integer limit) {
        find(county, id);
        return deliveries.page(id, status, cursor, limit);
    }

    /** Queues past deliveries again (same event ids, so the subscriber can tell), sent in their original order. */
    @Transactional
    public int replay(String county, UUID id, WebhookRequests.Replay request, String by) {
        find(county, id);
        boolean byTime = request.from() != null;
        boolean byIds = request.deliveryIds() != null && !request.deliveryIds().isEmpty();
        if (byTime == byIds) {
            throw ProblemException.invalid(new FieldViolation(byTime ? "deliveryIds" : "from", "replay-one-way",
                    "give either from (and optionally to) or deliveryIds", "须给出 from（可加 to）或 deliveryIds，二者选一"));
        }
        int requeued;
        if (byTime) {
            OffsetDateTime to = request.to() == null ? now() : request.to();
            if (!to.isAfter(request.from())) {
                throw ProblemException.invalid(new FieldViolation("to", "after-from", "to must be after from",
                        "to 须晚于 from", request.to()));
            }
            requeued = deliveries.requeue(id, request.from(), to);
        } else {
            if (request.deliveryIds().size() > MAX_REPLAY_IDS) {
                throw ProblemException.invalid(new FieldViolation("deliveryIds", "max-size",
                        "at most " + MAX_REPLAY_IDS + " ids per request", "每次最多 " + MAX_REPLAY_IDS + " 条"));
            }
            if (request.deliveryIds().contains(null)) {
                int i = request.deliveryIds().indexOf(null);
                throw ProblemException.invalid(new FieldViolation("deliveryIds[" + i + "]", "required",
                        "a delivery id is required", "须为投递记录编号"));
            }
            requeued = deliveries.requeue(id, request.deliveryIds());
        }
        Log.infof("Webhook subscription %s: %d deliveries queued again by %s", id, requeued, by);
        return requeued;
    }

    /** A subscription of another county answers 404, so its existence is not revealed. */
    private WebhookSubscription find(String county, UUID id) {
        return subscriptions.findByIdOptional(id).filter(s -> s.countyCode().equals(county))
                .orElseThrow(() -> ProblemException.notFound("Webhook subscription", id));
    }

    private static void refuse(List<FieldViolation> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", "请求参数无效", "Invalid request",
                    errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                            : errors.size() + " fields are invalid",
                    errors);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
