import lodash from "lodash";
import { fp } from "lodash/fp.js";
import { seen } from "./scoped/user.js";
console.log(lodash, fp, seen);
