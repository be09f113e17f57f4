import { count } from "../counter.js";

export const countFromSub = count;
