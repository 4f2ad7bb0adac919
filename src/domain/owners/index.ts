export {
  parseOwnerRegister,
  matchOwner,
  nearestOwners,
  ownerIndex,
  type OwnerRegisterResult,
  type OwnerIndex,
  type NearOwner,
} from "./register";
export { ownerKey } from "./ownerKey";
export { editDistance } from "./editDistance";
export { ORGAN_ABBREVIATIONS, organFromAbbreviation, isOrganName } from "./organs";
