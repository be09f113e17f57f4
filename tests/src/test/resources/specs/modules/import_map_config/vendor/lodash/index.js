export default "real lodash";
