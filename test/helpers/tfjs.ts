import * as tf from '@tensorflow/tfjs'

// TF.js greets every Node.js process with a banner on the console (install
// tfjs-node "to speed things up"); these tests only build layers and count
// their weights, so they say they are tests and it stays quiet.
tf.env().set('IS_TEST', true)

export {tf}
