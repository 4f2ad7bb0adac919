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
