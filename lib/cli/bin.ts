/** Entry of the built command line (`icp-lens`, bundled to .output/cli/icp-lens.mjs). */
import { runAsProcess } from './main';

runAsProcess();
