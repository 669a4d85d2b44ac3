// HELP: the shell commands and what each does, as cqlsh's HELP and HELP <topic>.
//
// Contract: helpText() is the overview; topicHelp(topic) the text of one topic (case
// insensitive; DESC is DESCRIBE, QUIT is EXIT), or undefined for an unknown topic (the
// session prints cqlsh's "*** No help on X").

const TOPICS: Readonly<Record<string, string>> = {
  DESCRIBE: `DESCRIBE (or DESC)
  DESCRIBE KEYSPACES              the names of all keyspaces
  DESCRIBE KEYSPACE [ks]          CREATE KEYSPACE and CREATE TABLE statements that recreate ks
                                  (default: the current keyspace); ONLY KEYSPACE leaves the tables out
  DESCRIBE TABLES                 the tables of the current keyspace, or of every keyspace
  DESCRIBE TABLE [ks.]t           the CREATE TABLE statement that recreates t
  DESCRIBE [FULL] SCHEMA          every non-system keyspace (FULL: the system ones too)
  DESCRIBE name                   a keyspace, else a table of the current keyspace`,
  EXPAND: `EXPAND [ON | OFF]
  ON prints each row vertically ("@ Row 1", then one "column | value" line per column);
  EXPAND alone shows the setting.`,
  PAGING: `PAGING [ON | OFF | n]
  SELECT results are fetched in pages of n rows (100 by default); at a terminal the shell
  waits at ---MORE--- (Enter for the next page, Ctrl-C to stop). OFF fetches everything at
  once. PAGING alone shows the setting. Scripts, -e and -f read every page without waiting.`,
  SOURCE: `SOURCE 'file'
  Runs the statements of a file (';'-terminated, over several lines if need be; shell
  commands end at the end of their line). Errors are reported as file:line:message and do
  not stop the file. USE, CONSISTENCY, EXPAND and PAGING inside the file last until its
  end. ~ stands for the home directory. See also cassia shell -f FILE.`,
  CONSISTENCY: `CONSISTENCY [level]
  Shows or sets the consistency level: ANY, ONE, TWO, THREE, QUORUM, ALL, LOCAL_ONE,
  LOCAL_QUORUM, EACH_QUORUM, SERIAL, LOCAL_SERIAL (default ONE).`,
  USE: `USE ks;
  Sets the current keyspace (the prompt shows it).`,
  EXIT: `EXIT | QUIT
  Leaves the shell (Ctrl-D at the prompt too).`,
  HELP: `HELP [topic]
  Lists the commands, or tells what one does.`,
};

export function topicHelp(topic: string): string | undefined {
  const t = topic.toUpperCase();
  return TOPICS[t === 'DESC' ? 'DESCRIBE' : t === 'QUIT' ? 'EXIT' : t];
}

export function helpText(): string {
  return `Statements end with ';' and may span lines. Shell commands (no ';' needed):
  CONSISTENCY [level]          show or set the consistency level (ONE, QUORUM, ALL, ...)
  DESCRIBE KEYSPACES | KEYSPACE [ks] | TABLES | TABLE [ks.]t | [FULL] SCHEMA | name
                               keyspace and table names, or CQL that recreates them (DESC)
  EXPAND [ON | OFF]            vertical output, one "@ Row n" block per row
  PAGING [ON | OFF | n]        fetch SELECT results n rows at a time (default 100)
  SOURCE 'file'                run the statements of a file
  USE <keyspace>               set the current keyspace
  HELP [topic]                 this list, or the details of one command
  EXIT | QUIT                  leave the shell
CQL: CREATE/ALTER/DROP KEYSPACE and TABLE, TRUNCATE, INSERT, UPDATE, DELETE, SELECT, BATCH.`;
}
