import type { Problem } from '@/domain/problems';
import css from './builder.module.css';
import { useBuilderText } from './useBuilderText';
import { ErrorIcon, WarningIcon } from './icons';

/** The problems of one node, in its own row: an icon, a hidden "Error:"/"Warning:" and the message. */
export function ProblemList({
  id,
  problems,
  className,
}: {
  id: string;
  problems: readonly Problem[];
  className?: string;
}) {
  const t = useBuilderText();
  return (
    <ul id={id} className={className ? `${css.problems} ${className}` : css.problems}>
      {problems.map((problem, index) => (
        <li key={`${problem.code}-${index}`} className={css.problem} data-severity={problem.severity}>
          {problem.severity === 'error' ? <ErrorIcon /> : <WarningIcon />}
          <span>
            <span className={css.visuallyHidden}>
              {t(problem.severity === 'error' ? 'condition.error' : 'condition.warning')}
            </span>{' '}
            {problem.message}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The worst severity among a node's problems, for the row's border. */
export function severityOf(problems: readonly Problem[]): 'error' | 'warning' | undefined {
  if (problems.some((problem) => problem.severity === 'error')) return 'error';
  return problems.length > 0 ? 'warning' : undefined;
}
