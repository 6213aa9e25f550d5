-- A payment is reversed or recovered (recupero) by a correcting entry (issue 17): a payment of kind
-- REVERSAL or RECOVERY naming the payment it corrects, with a reason, whose amount is negative. Nothing is
-- deleted: the corrected payment stays, and sums over the payments (paid, as of any date) show both.
ALTER TABLE payment DROP CONSTRAINT payment_amount_check;
ALTER TABLE payment
    ADD COLUMN corrects uuid REFERENCES payment (id),
    ADD COLUMN reason   varchar(2000),
    ADD CONSTRAINT payment_correction_signed CHECK ((kind IN ('REVERSAL', 'RECOVERY')) = (corrects IS NOT NULL)
        AND (corrects IS NULL OR (amount < 0 AND reason IS NOT NULL)) AND (corrects IS NOT NULL OR amount >= 0));
CREATE INDEX payment_by_corrected ON payment (corrects) WHERE corrects IS NOT NULL;
