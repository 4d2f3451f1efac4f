import { total } from "./app";
console.log(total([1, 2]));
