// V8 settings for the short-lived CLI, set before the engine is loaded. A check of a few megabytes spends more CPU
// in TurboFan compiling the engine's large functions (on background threads) than in checking; without inlining
// those compile in about half the time and run as fast once compiled (measured in stop 60's note).
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-turbo-inlining');
