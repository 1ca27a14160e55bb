import {descriptionAttributes} from '../core/index.js'

const attribute = new RegExp(`\`(${descriptionAttributes.join('|')})(=[^\`]*)?\``, 'g')

/**
 * The core speaks of attributes as a directive author writes them (`units`,
 * `cell=gru`); on the command line they are flags (`--units`, `--cell=gru`).
 */
export function asFlags(message: string): string {
  return message.replace(
    attribute,
    (_, name: string, value: string | undefined) => `--${name}${value ?? ''}`
  )
}

/** A flag as a "Did you mean" suggestion shows it: `--name`. */
export const asFlag = (name: string): string => `--${name}`
