import type { BudgetRecountQuery } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';
import { Layout } from '../layout/layout.component';
import { budgetLinks } from '../routes/paths';
import { pabulibFileName, pabutoolsScript, verifyResultCommands } from './recount-commands';
import { Fact } from './budget-fact.component';

type Budget = BudgetRecountQuery['budget'];
type Result = NonNullable<Budget['result']>;

function Command({ id, label, text }: { id: string; label: string; text: string }) {
  return (
    <div class="recount-command">
      <p>{label}</p>
      <pre class="recount-command__code">
        <code id={id}>{text}</code>
      </pre>
    </div>
  );
}

/** The rule and each option the count used, in words and as the file's META names them. */
function RuleFacts({ budget, result }: { budget: Budget; result: Result }) {
  const { i18n } = usePage();
  const t = useT();
  const approval = budget.ballotType === 'APPROVAL' || budget.ballotType === 'KNAPSACK';
  return (
    <dl class="budget-facts">
      <Fact term={t('budgets.recount.ruleTerm')}>{t('budgets.recount.rule', { rule: result.rule })}</Fact>
      {result.rule === 'EQUAL_SHARES' && (
        <>
          <Fact term={t('budgets.recount.add1Term')}>
            {result.add1Completion ? t('budgets.recount.add1Yes') : t('budgets.recount.add1No')}
          </Fact>
          <Fact term={t('budgets.recount.utilityTerm')}>
            {approval ? t('budgets.recount.utilityCost') : t('budgets.recount.utilityPoints')}
          </Fact>
          {result.equalSharesComparison && (
            <Fact term={t('budgets.recount.comparisonTerm')}>
              {t('budgets.recount.comparison', { criterion: result.equalSharesComparison.criterion })}
            </Fact>
          )}
          {result.tieBreakSeed && (
            <Fact term={t('budgets.recount.seedTerm')}>
              <code class="hash">{result.tieBreakSeed}</code>
            </Fact>
          )}
        </>
      )}
      {result.minProjectScore !== null && result.minProjectScore !== undefined && (
        <Fact term={t('budgets.recount.minScoreTerm')}>{i18n.number(result.minProjectScore)}</Fact>
      )}
      <Fact term={t('budgets.recount.ballotTypeTerm')}>
        {t('budgets.recount.ballotType', { type: budget.ballotType })}
      </Fact>
      <Fact term={t('budgets.rules.amountTerm')}>{i18n.amount(budget.totalAmount)}</Fact>
      <Fact term={t('budgets.recount.winnersTerm')}>
        {result.winners.length === 0 ? (
          t('budgets.recount.noWinners')
        ) : (
          <ol class="recount-winners">
            {result.winners.map((w) => (
              <li key={w.id}>
                {w.title} <code>{w.id}</code>
              </li>
            ))}
          </ol>
        )}
      </Fact>
    </dl>
  );
}

/**
 * For journalists and anyone who wants to recount: the published ballots
 * file, its SHA-256 (which the tally committed to when voting closed), the
 * rule with its options, and the exact commands that recount it.
 */
export function BudgetRecountPage({ data, origin }: { data: BudgetRecountQuery; origin: string }) {
  const { i18n } = usePage();
  const t = useT();
  const { budget } = data;
  const result = budget.result!;
  const file = pabulibFileName(budget.id);
  const fileUrl = `/open-data/files/${file}`;
  const commands = verifyResultCommands({ ...budget, result }, origin);
  const pabutools = pabutoolsScript({ ...budget, result });
  const title = t('budgets.recount.title', { budget: budget.title });
  const crumbs = [
    { label: t('budgets.list.title'), href: budgetLinks.budgets() },
    { label: budget.title, href: budgetLinks.budget(budget.id) },
    { label: t('budgets.results.crumb'), href: budgetLinks.budgetResults(budget.id) },
    { label: t('budgets.recount.crumb') },
  ];
  return (
    <Layout title={title} breadcrumb={crumbs}>
      <h1>{title}</h1>
      <p class="lead">{t('budgets.recount.intro')}</p>

      <section class="budget-section" aria-labelledby="file-title">
        <h2 id="file-title">{t('budgets.recount.fileTitle')}</h2>
        <p>{t('budgets.recount.fileIntro', { count: result.ballotCount })}</p>
        <dl class="budget-facts">
          <Fact term={t('budgets.recount.fileTerm')}>
            <a href={fileUrl} download={file} id="ballots-file">
              {file}
            </a>
          </Fact>
          <Fact term={t('budgets.results.digest')}>
            <code class="hash" id="ballots-digest">
              {result.ballotsDigest}
            </code>
          </Fact>
          {result.ballotsMerkleRoot && (
            <Fact term={t('budgets.results.merkleRoot')}>
              <code class="hash">{result.ballotsMerkleRoot}</code>
            </Fact>
          )}
          <Fact term={t('budgets.recount.ballotsTerm')}>{i18n.number(result.ballotCount)}</Fact>
          {result.auditHead && (
            <Fact term={t('budgets.recount.auditTerm')}>
              {t('budgets.recount.audit', { sequence: result.auditHead.sequence })}{' '}
              <code class="hash">{result.auditHead.hash}</code>
            </Fact>
          )}
        </dl>
        <p>
          {t('budgets.recount.openData')} <a href="/open-data">{t('budgets.recount.openDataLink')}</a>
        </p>
        <Command id="command-download" label={t('budgets.recount.downloadCommand')} text={commands.download} />
        <Command id="command-sha256" label={t('budgets.recount.sha256Command')} text={commands.sha256} />
      </section>

      <section class="budget-section" aria-labelledby="rule-title">
        <h2 id="rule-title">{t('budgets.recount.ruleTitle')}</h2>
        <RuleFacts budget={budget} result={result} />
      </section>

      <section class="budget-section" aria-labelledby="commands-title">
        <h2 id="commands-title">{t('budgets.recount.commandsTitle')}</h2>
        <p>{t('budgets.recount.commandsIntro')}</p>
        {commands.withApi && (
          <Command id="command-api" label={t('budgets.recount.apiCommand')} text={commands.withApi} />
        )}
        {commands.offline && (
          <Command id="command-offline" label={t('budgets.recount.offlineCommand')} text={commands.offline} />
        )}
        <Command id="command-meta" label={t('budgets.recount.metaCommand')} text={commands.fromMeta} />
        <p>{t('budgets.recount.match')}</p>
        <h3>{t('budgets.recount.pabutoolsTitle')}</h3>
        {pabutools ? (
          <>
            <Command id="command-pabutools" label={t('budgets.recount.pabutoolsIntro')} text={pabutools} />
            {result.rule === 'EQUAL_SHARES' && result.add1Completion && <p>{t('budgets.recount.pabutoolsAdd1')}</p>}
          </>
        ) : (
          <p>{t('budgets.recount.pabutoolsNone')}</p>
        )}
        <p>
          <a href={budgetLinks.budgetResults(budget.id)}>{t('budgets.recount.backToResults')}</a>
        </p>
      </section>
    </Layout>
  );
}
