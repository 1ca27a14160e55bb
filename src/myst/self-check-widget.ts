import type {Settings} from '../directives/options.js'
import type {RnnBlock} from '../render/index.js'
import {answerSheet} from '../render/quiz-answer-sheet.js'
import {buildsWebsiteOnly} from './build-target.js'
import type {MystNode} from './types.js'

/** A quiz's answer sheet, waiting for the page transform to write it as an `anywidget` node (html-parts.ts). */
export interface RnnWidget extends MystNode {
  type: 'rnnWidget'
  form: RnnBlock
  /** The widget module that runs it: the self-check's, or the explorer's (explorer-widget.ts). */
  module?: 'explorer' | undefined
}

/**
 * The self-check of a quiz in MyST: its form as an answer sheet (the page
 * shows the question and options as MyST content, math and all), for a
 * widget, the one kind of node a MyST theme runs a script for. None where
 * the form has no feedback to give (student builds), and none outside a
 * website build, as MyST's exports have no widgets.
 */
export function selfCheckWidget(
  form: RnnBlock | undefined,
  settings: Pick<Settings, 'strings' | 'mode'>,
  website = buildsWebsiteOnly()
): RnnWidget[] {
  if (!website || settings.mode === 'hide' || form?.data?.hName !== 'form') return []
  return [{type: 'rnnWidget', form: answerSheet(form, settings.strings.quizAnswerSheet)}]
}
