-- Qualification decisions and credit records are append-only: the database itself refuses to change or delete them.
create function registry_refuse_history_change() returns trigger language plpgsql as $$
begin
    raise exception 'table % is append-only: % refused', tg_table_name, tg_op using errcode = 'restrict_violation';
end;
$$;

create trigger qualification_decision_append_only before update or delete on qualification_decision
    for each row execute function registry_refuse_history_change();

create trigger credit_record_append_only before update or delete on credit_record
    for each row execute function registry_refuse_history_change();
