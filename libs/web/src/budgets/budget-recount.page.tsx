import type { BudgetRecountQuery } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';
import { Layout } from '../layout/layout.component';
import { budgetLinks } from '../routes/paths';
import { pabulibFileName, pabutoolsScript, verifyResultCommands } from './recount-commands';

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
      <div class="budget-facts__row">
        <dt>{t('budgets.recount.ruleTerm')}</dt>
        <dd>{t('budgets.recount.rule', { rule: result.rule })}</dd>
      </div>
      {result.rule === 'EQUAL_SHARES' && (
        <>
          <div class="budget-facts__row">
            <dt>{t('budgets.recount.add1Term')}</dt>
            <dd>{result.add1Completion ? t('budgets.recount.add1Yes') : t('budgets.recount.add1No')}</dd>
          </div>
          <div class="budget-facts__row">
            <dt>{t('budgets.recount.utilityTerm')}</dt>
            <dd>{approval ? t('budgets.recount.utilityCost') : t('budgets.recount.utilityPoints')}</dd>
          </div>
          {result.equalSharesComparison && (
            <div class="budget-facts__row">
              <dt>{t('budgets.recount.comparisonTerm')}</dt>
              <dd>{t('budgets.recount.comparison', { criterion: result.equalSharesComparison.criterion })}</dd>
            </div>
          )}
          {result.tieBreakSeed && (
            <div class="budget-facts__row">
              <dt>{t('budgets.recount.seedTerm')}</dt>
              <dd>
                <code class="hash">{result.tieBreakSeed}</code>
              </dd>
            </div>
          )}
        </>
      )}
      {result.minProjectScore !== null && result.minProjectScore !== undefined && (
        <div class="budget-facts__row">
          <dt>{t('budgets.recount.minScoreTerm')}</dt>
          <dd>{i18n.number(result.minProjectScore)}</dd>
        </div>
      )}
      <div class="budget-facts__row">
        <dt>{t('budgets.recount.ballotTypeTerm')}</dt>
        <dd>{t('budgets.recount.ballotType', { type: budget.ballotType })}</dd>
      </div>
      <div class="budget-facts__row">
        <dt>{t('budgets.rules.amountTerm')}</dt>
        <dd>{i18n.amount(budget.totalAmount)}</dd>
      </div>
      <div class="budget-facts__row">
        <dt>{t('budgets.recount.winnersTerm')}</dt>
        <dd>
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
        </dd>
      </div>
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
          <div class="budget-facts__row">
            <dt>{t('budgets.recount.fileTerm')}</dt>
            <dd>
              <a href={fileUrl} download={file} id="ballots-file">
                {file}
              </a>
            </dd>
          </div>
          <div class="budget-facts__row">
            <dt>{t('budgets.results.digest')}</dt>
            <dd>
              <code class="hash" id="ballots-digest">
                {result.ballotsDigest}
              </code>
            </dd>
          </div>
          {result.ballotsMerkleRoot && (
            <div class="budget-facts__row">
              <dt>{t('budgets.results.merkleRoot')}</dt>
              <dd>
                <code class="hash">{result.ballotsMerkleRoot}</code>
              </dd>
            </div>
          )}
          <div class="budget-facts__row">
            <dt>{t('budgets.recount.ballotsTerm')}</dt>
            <dd>{i18n.number(result.ballotCount)}</dd>
          </div>
          {result.auditHead && (
            <div class="budget-facts__row">
              <dt>{t('budgets.recount.auditTerm')}</dt>
              <dd>
                {t('budgets.recount.audit', { sequence: result.auditHead.sequence })}{' '}
                <code class="hash">{result.auditHead.hash}</code>
              </dd>
            </div>
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
