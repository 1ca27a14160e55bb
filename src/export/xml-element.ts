import type {create} from 'xmlbuilder2'

/** An element of an xmlbuilder2 document, as the writers pass them around. */
export type XmlElement = ReturnType<typeof create>
