export default "scoped lodash";
