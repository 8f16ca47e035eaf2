import { Show } from 'solid-js';
import type { DocumentMeta, Flag } from '../../core/model';
import type { FlagDismissal } from '../../db/schema';
import { t } from '../../i18n';
import { flagMessage, flagPlace, flagQuote, type MessageContext } from './messages';

/** One flag: what, where, why, what instead, and what to do with it. */
export function FlagItem(props: {
  flag: Flag;
  ctx: MessageContext;
  doc: DocumentMeta | undefined;
  decision: FlagDismissal | undefined;
  active: boolean;
  onShow: () => void;
  onDismiss: () => void;
  onRestore: () => void;
  onAnnotate: () => void;
}) {
  return (
    <li class="flag" classList={{ active: props.active, decided: !!props.decision }} aria-current={props.active ? 'true' : undefined} data-flag={props.flag.id} data-check={props.flag.check}>
      <div class="flag-head">
        <span class="tag">{t(`checks.names.${props.flag.check}`)}</span>
        <Show when={props.decision}>
          {(d) => <span class="tag decided-tag">{d().reason === 'annotated' ? t('checks.annotatedTag') : t('checks.dismissedTag')}</span>}
        </Show>
        <span class="place">{flagPlace(props.flag, props.ctx)}</span>
      </div>
      <Show when={flagQuote(props.flag)}>
        <button type="button" class="link quote" onClick={() => props.onShow()}>
          <bdi lang={props.doc?.lang} dir={props.doc?.dir}>
            {flagQuote(props.flag)}
          </bdi>
        </button>
      </Show>
      <p class="evidence" dir="auto">{flagMessage(props.flag, props.ctx)}</p>
      <Show when={props.flag.suggestion}>
        <p class="suggestion">
          {t('checks.suggestion')}: <bdi>{props.flag.suggestion}</bdi>
        </p>
      </Show>
      <div class="actions">
        <button type="button" class="link" onClick={() => props.onShow()}>
          {t('checks.show')}
        </button>
        <Show
          when={props.decision}
          fallback={
            <>
              <button type="button" class="link" onClick={() => props.onAnnotate()}>
                {t('checks.annotate')}
              </button>
              <button type="button" class="link" onClick={() => props.onDismiss()}>
                {t('checks.dismiss')}
              </button>
            </>
          }
        >
          <button type="button" class="link" onClick={() => props.onRestore()}>
            {t('checks.restore')}
          </button>
        </Show>
      </div>
    </li>
  );
}
