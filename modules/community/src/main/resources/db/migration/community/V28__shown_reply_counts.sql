-- A thread's replies are read by their parent (a page of replies: parent_id = ? AND id > ? ORDER BY
-- id; the count below): without this index each such read went through every comment.
CREATE INDEX cm_comment_parent_ix ON cm_comment (parent_id, id);

-- Once, on upgrade: a comment's reply count is the number of replies people can see in its thread,
-- as CommentService now keeps it. Before, a held reply let through was never counted, and a reply
-- deleted, taken down or erased with its author's account was never taken off. The same statement
-- as community's CountersFromRows; it writes only the rows whose count is wrong.
UPDATE cm_comment t SET reply_count = (SELECT COUNT(*) FROM cm_comment r WHERE r.parent_id = t.id AND r.deleted = FALSE AND r.moderation = 'NONE')
 WHERE t.reply_count <> (SELECT COUNT(*) FROM cm_comment r WHERE r.parent_id = t.id AND r.deleted = FALSE AND r.moderation = 'NONE');
