import type {CodeMistakeId} from '../core/code/code-mistakes.js'
import type {ExplorerChoice, GroupName, MistakeKind, SizeName, TermKind} from '../core/index.js'
import {german} from './locales/de.js'
import {english} from './locales/en.js'

/**
 * Every piece of text the generated solution shows. Templates use `{name}`
 * placeholders; a partial set can override any built-in locale.
 */
export interface SolutionStrings {
  readonly columnTerm: string
  readonly columnSymbol: string
  readonly columnShape: string
  readonly columnFormula: string
  readonly columnCount: string
  readonly terms: Readonly<Record<TermKind, string>>
  /** `layer {layer}`. */
  readonly layer: string
  /** `dense layer {layer}`: where a hidden dense layer's term sits. */
  readonly denseLayer: string
  /** Where a term of an encoder–decoder sits: `encoder`, `decoder`. */
  readonly stacks: Readonly<Record<'encoder' | 'decoder', string>>
  /**
   * The table's parts: `recurrent` names the recurrent stack of a network
   * without a decoder, `encoder` and `decoder` the stacks of one with.
   */
  readonly parts: Readonly<
    Record<'embedding' | 'recurrent' | 'encoder' | 'decoder' | 'head', string>
  >
  readonly forward: string
  readonly backward: string
  readonly groups: Readonly<Record<GroupName, string>>
  /** The word after `=` at the end of the derivation, inside `\text{}`. */
  readonly totalSymbol: string
  /** The input vector's name in the shapes view. */
  readonly inputVector: string
  /** After the embedded vector in the shapes view: `{token}` is the token's symbol (`w_t`). */
  readonly embeddedVector: string
  /**
   * The title of a collapsed solution: `{network}` is the network in words
   * (see `foldOutputs`), never its count, so a folded answer gives nothing away
   * (`{total}`, the count, is filled for an author's own title that asks for it).
   */
  readonly summary: string
  /**
   * What a collapsed solution holds, after its title when it is not the
   * default table, derivation and shapes: `{title} ({parts})`, the parts
   * named by `foldParts` (`Worked solution: LSTM, … (Keras summary)`).
   */
  readonly foldHolds: string
  /** Each part in a fold title; `{framework}` is Keras or PyTorch. */
  readonly foldParts: Readonly<
    Record<'diagram' | 'table' | 'derivation' | 'shapes' | 'summary' | 'code', string>
  >
  /** A quiz's title when its answer is collapsed: `{network}` as in `summary`. */
  readonly quizSummary: string
  /**
   * The dense layers in a fold title's `{network}` (`LSTM, 4 inputs, 5 units, 3 outputs`;
   * inputs and units are worded by `quizInputs` and `quizLayers`): `1 output`,
   * `{count} outputs`, and for several dense layers `dense layers of {sizes} nodes`.
   */
  readonly foldOutputs: Readonly<Record<'one' | 'other' | 'layers', string>>
  /** An encoder–decoder in a fold title's `{network}`: `{cell} encoder–decoder`. */
  readonly foldEncoderDecoder: string
  /**
   * The names of the boxes wide parts scroll in on narrow screens, read out
   * when one is focused: `{network}` as in `summary`.
   */
  readonly regions: Readonly<Record<'table' | 'derivation' | 'shapes' | 'summary', string>>
  /** `Answer: {letter}`. */
  readonly quizAnswer: string
  /** Lead-in to the list of wrong options and the mistakes behind them. */
  readonly quizWhyNot: string
  /** For a wrong option no typical mistake explains. */
  readonly quizNoMistake: string
  /** A number question's key in its answer: `Answer: {values}`. */
  readonly quizNumberAnswer: string
  /** Lead-in to the numbers typical mistakes give in a number question's answer. */
  readonly quizMistakes: string
  /** A quiz form's legend when its question does not start with a paragraph. */
  readonly quizLegend: string
  /** The legend of a form that follows the question and options shown above it (MyST's widget). */
  readonly quizAnswerSheet: string
  /** The button that checks a student's answer on the page. */
  readonly quizCheck: string
  /** Feedback for a right answer: `{work}` is how the count comes about. */
  readonly quizRight: string
  /** Feedback for a wrong option: `{mistake}` is what gives it. */
  readonly quizWrong: string
  /** Feedback for a typed number a typical mistake gives: `{values}` typed, `{mistake}`. */
  readonly quizNumberMistake: string
  /** Feedback for any other wrong number: a hint that does not give the answer away. */
  readonly quizNumberHint: string
  /** Feedback when what was typed is no whole number. */
  readonly quizNumberWhole: string
  /** Feedback when Check is pressed before an option is chosen or a number typed. */
  readonly quizNothing: string
  /** The summary of a quiz's hint fold (the formulas in symbols). */
  readonly quizHint: string
  /** What a field of a several-number question says of its own number on Check. */
  readonly quizFieldRight: string
  readonly quizFieldWrong: string
  /**
   * The question of a quiz without its own text: `{cell}`, `{framework}`,
   * `{inputPhrase}` (from `quizInputs`), `{layerPhrase}` (from `quizLayers`),
   * `{outputPhrase}` (from `quizOutputLayer`), `{quantities}` (from
   * `quizAsk`); also the bare numbers `{inputs}`, `{units}` and `{outputs}`.
   */
  readonly quizQuestion: string
  /** `1 input`, `{count} inputs`. */
  readonly quizInputs: Readonly<Record<'one' | 'other', string>>
  /** `1 unit`, `{count} units`, and for a stack `stacked layers of {units} units`. */
  readonly quizLayers: Readonly<Record<'one' | 'other' | 'stacked', string>>
  /** `no output layer`, `a dense output layer of 1 node`, `… of {count} nodes`; several: `dense layers of {outputs} nodes`. */
  readonly quizOutputLayer: Readonly<Record<'none' | 'one' | 'other' | 'dense', string>>
  /** After the layers of a bidirectional network whose directions are not concatenated. */
  readonly quizMerge: Readonly<Record<'sum' | 'mul' | 'ave', string>>
  /** An encoder–decoder's decoder: `{inputPhrase}`, `{layerPhrase}`, `{vocabPhrase}` (from `quizDecoderVocab`, or empty). */
  readonly quizDecoder: string
  /** `{vocab}`: the decoder's Embedding. */
  readonly quizDecoderVocab: string
  /** What a question asks for: `in total`, `in its input weights`, …; a term: `{name}` (English) or `{label}` (its table label). */
  readonly quizAsk: Readonly<Record<GroupName | 'term', string>>
  /** For a wrong option that is exactly one term's count: `{name}` or `{label}` as in `quizAsk.term`. */
  readonly quizOneTerm: string
  /** Put before the generated question of a network with an Embedding layer: `{vocab}`, `{inputs}`. */
  readonly quizEmbedding: string
  /** Cell names for `{cell}`. */
  readonly cells: Readonly<Record<'rnn' | 'lstm' | 'gru', string>>
  /** Put before the cell name of a bidirectional network. */
  readonly bidirectional: string
  /** Joins the sizes of stacked layers: `8 and 6`. */
  readonly and: string
  readonly mistakes: Readonly<Record<MistakeKind, string>>
  /** The words of a model read from code: its table, derivation and quizzes (see `CodeStrings`). */
  readonly code: CodeStrings
  /** What a student did wrong with the layers of a model read from code. */
  readonly codeMistakes: Readonly<Record<CodeMistakeId, string>>
  /** The framework summary's first column: Keras `Layer (type)`, PyTorch `Module (type)`. */
  readonly frameworkLayer: string
  readonly frameworkModule: string
  readonly frameworkOutputShape: string
  /** The PyTorch column listing `named_parameters()`. */
  readonly frameworkTensors: string
  readonly frameworkParams: string
  readonly frameworkTotal: string
  readonly frameworkTrainable: string
  readonly frameworkNonTrainable: string
  /** The diagram's title: `{network}` (see `diagramNetwork`) and `{total}`. */
  readonly diagramTitle: string
  /** The network in words: `{cell}`, `{inputs}`, `{units}`, `{outputs}`. */
  readonly diagramNetwork: string
  /** The same without an output layer: `{cell}`, `{inputs}`, `{units}`. */
  readonly diagramNetworkNoOutput: string
  /** The same with several dense layers: `{cell}`, `{inputs}`, `{units}`, `{outputs}` (`64 and 1`). */
  readonly diagramNetworkDense: string
  /** An encoder–decoder: `{encoder}` and `{decoder}` in the words above. */
  readonly diagramEncoderDecoder: string
  /** Headings over the encoder's and the decoder's columns. */
  readonly diagramEncoder: string
  readonly diagramDecoder: string
  /** Under an encoder–decoder's folded picture: what the arrows between the columns are. */
  readonly diagramHandOver: string
  /** The heading of the folded network. */
  readonly diagramFolded: string
  /** The heading of the network unrolled over three time steps. */
  readonly diagramUnrolled: string
  /** Under the unrolled network: `{total}`. */
  readonly diagramShared: string
  /** Under a gated matrix: `{gates}`, `{rows}`, `{columns}`. */
  readonly diagramPerGate: string
  /** Under a Keras GRU's two-row bias (`reset_after`). */
  readonly diagramBiasRows: string
  /** One sentence of the description per matrix: `{name}`, `{symbol}`, `{rows}`, `{columns}`, `{count}`. */
  readonly diagramMatrix: string
  /**
   * An explorer's controls: `legend` over them; `sizes` name each size
   * (`{symbol}` follows in the label, `{layer}` for a layer's); `label` joins
   * them (`{quantity}`, `{symbol}`); `reset`; `was` marks a changed count
   * (`{value}`, its old value); `limit` beside a field outside the caps
   * (`{min}`, `{max}`); `status` announces the total (`{total}`); `choices`
   * name what `vary=…` lets students change.
   */
  readonly explorer: Readonly<
    Record<'legend' | 'label' | 'reset' | 'was' | 'limit' | 'status' | 'slider', string> & {
      readonly sizes: Readonly<Record<SizeName, string>>
      readonly choices: Readonly<Record<ExplorerChoice, string>>
    }
  >
}

/**
 * A model read from code: the table's headings (`layer` … `parameters`),
 * its marks (`nonTrainable` after a frozen tensor, `scalar` for a shape of
 * none, `model` for tensors outside any layer) and sums (`total`,
 * `trainable`, `nonTrainableSum`; `subtotal` ends the table of one layer or
 * module); the derivation's subscripts
 * (`modelSymbol`, `trainableSymbol`, `nonTrainableSymbol`); a generated quiz question
 * (`quizQuestion` with `{quantity}`: `quizTotal`, `quizTrainable`,
 * `quizNonTrainable`, or `quizLayer` with `{name}`), a wrong option that is
 * another quantity (`quizOtherQuantity`, `{name}`), and the quiz's hint;
 * the summary's `connectedTo` column (Keras graphs); the shapes table
 * (`inputShape`, `outputShape`, `tensorShapes`; `outputWidth` for a PyTorch
 * module's output features); the diagram's box count
 * (`diagramCount`, `{count}`; `diagramFrozen` under it when some are
 * frozen) and its text alternative (`diagramLayer` with
 * `{name}`, `{type}`, `{count}`; `diagramReads` with `{inputs}`;
 * `diagramInside` with `{parent}`).
 */
export type CodeStrings = Readonly<
  Record<
    | 'layer'
    | 'tensor'
    | 'shape'
    | 'formula'
    | 'parameters'
    | 'nonTrainable'
    | 'scalar'
    | 'model'
    | 'total'
    | 'subtotal'
    | 'trainable'
    | 'nonTrainableSum'
    | 'modelSymbol'
    | 'trainableSymbol'
    | 'nonTrainableSymbol'
    | 'quizQuestion'
    | 'quizTotal'
    | 'quizTrainable'
    | 'quizNonTrainable'
    | 'quizLayer'
    | 'quizOtherQuantity'
    | 'quizHint'
    | 'connectedTo'
    | 'inputShape'
    | 'outputShape'
    | 'outputWidth'
    | 'tensorShapes'
    | 'diagramCount'
    | 'diagramFrozen'
    | 'diagramLayer'
    | 'diagramReads'
    | 'diagramInside',
    string
  >
>

/** Strings to change: any text, and any entries of a record of texts (`terms`, `mistakes`, …). */
export type SolutionStringsOverride = {
  readonly [K in keyof SolutionStrings]?: SolutionStrings[K] extends string
    ? string
    : Partial<SolutionStrings[K]>
}

/** The built-in locales. */
export const locales: Readonly<Record<string, SolutionStrings>> = {en: english, de: german}

/** The strings of a locale (`de-CH` falls back to `de`, unknown ones to English) with overrides applied. */
export function solutionStrings(
  locale = 'en',
  override: SolutionStringsOverride = {}
): SolutionStrings {
  const own = (name: string) => (Object.hasOwn(locales, name) ? locales[name] : undefined)
  const base = own(locale) ?? own(locale.split('-')[0] ?? '') ?? english
  const merged: Record<string, unknown> = {...base, ...override}
  // A record of texts takes the overridden entries and keeps the others.
  const records = override as Readonly<Record<string, object | undefined>>
  for (const [key, value] of Object.entries(base))
    if (typeof value === 'object') merged[key] = {...value, ...records[key]}
  return merged as unknown as SolutionStrings
}

// In a module of its own, so the page scripts fill templates without the locales.
export {fillTemplate} from './template.js'
