// The intake API's answers the portal uses, by the names its OpenAPI document gives them.
import type { components } from '@/api/generated/intake'

type Schemas = components['schemas']

export type FormsLayout = Schemas['FormsLayoutOut']
export type FormLayout = Schemas['FormLayoutOut']
export type LayoutField = Schemas['FieldOut']
export type UploadRules = Schemas['UploadRulesOut']
export type PasswordRules = Schemas['PasswordRulesOut']
export type SeasonWindow = Schemas['SeasonWindowOut']
export type Draft = Schemas['DraftRead']
export type FileOut = Schemas['FileOut']
export type PhotoStored = Schemas['PhotoStored']
export type CheckReport = Schemas['CheckReport']
export type Application = Schemas['ApplicationRead']
export type ApplicationBrief = Schemas['ApplicationBrief']
export type Diff = Schemas['DiffRead']
export type EmployerOut = Schemas['EmployerOut']
export type Directory = Schemas['DirectoryOut']
export type Route = Schemas['RouteOut']
